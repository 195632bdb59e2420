defmodule Router do
  def list_friends(_params), do: "200 friends: Ada, Grace"

  def show_user(params), do: "200 user #{params[:id]}"

  @routes %{
    {"GET", "/friends"} => &Router.list_friends/1,
    {"GET", "/users"} => &Router.show_user/1
  }

  def handle(verb, path, params \\ %{}) do
    case Map.fetch(@routes, {verb, path}) do
      {:ok, handler} -> handler.(params)
      :error -> "404 no route for #{verb} #{path}"
    end
  end
end

IO.puts(Router.handle("GET", "/friends"))
IO.puts(Router.handle("GET", "/users", %{id: 7}))
IO.puts(Router.handle("POST", "/friends"))
