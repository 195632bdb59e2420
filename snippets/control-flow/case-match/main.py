def describe(status):
    match status:
        case 200:
            return "OK"
        case 301 | 302:
            return "redirect"
        case _ if 400 <= status <= 499:
            return "client error"
        case _:
            return "unknown"


for code in [200, 302, 404, 500]:
    print(describe(code))
