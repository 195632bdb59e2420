function describe(status) {
  switch (status) {
    case 200:
      return "OK";
    case 301:
    case 302:
      return "redirect";
    default:
      if (status >= 400 && status <= 499) return "client error";
      return "unknown";
  }
}

for (const code of [200, 302, 404, 500]) {
  console.log(describe(code));
}
