def describe(status)
  case status
  when 200 then "OK"
  when 301, 302 then "redirect"
  when 400..499 then "client error"
  else "unknown"
  end
end

[200, 302, 404, 500].each do |code|
  puts describe(code)
end
