def list_friends(_params)
  "200 friends: Ada, Grace"
end

def show_user(params)
  "200 user #{params[:id]}"
end

ROUTES = {
  ["GET", "/friends"] => method(:list_friends),
  ["GET", "/users"] => method(:show_user),
}.freeze

def handle(verb, path, params = {})
  handler = ROUTES[[verb, path]]
  return "404 no route for #{verb} #{path}" if handler.nil?

  handler.call(params)
end

puts handle("GET", "/friends")
puts handle("GET", "/users", { id: 7 })
puts handle("POST", "/friends")
