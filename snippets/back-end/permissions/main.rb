PERMISSIONS = {
  student: [:view_grades],
  teacher: [:view_grades, :enter_grades, :chat],
  parent: [:view_grades, :chat],
}.freeze

def allowed?(role, action)
  PERMISSIONS.fetch(role, []).include?(action)
end

requests = [
  [:student, :enter_grades],
  [:teacher, :enter_grades],
  [:parent, :chat],
  [:guest, :view_grades],
]

requests.each do |role, action|
  verdict = allowed?(role, action) ? "may" : "may not"
  puts "#{role} #{verdict} #{action}"
end
