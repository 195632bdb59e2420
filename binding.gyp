{
  # The engine's tree reader (native/tree.c), built by `npm install` like tree-sitter's own binding:
  # it links the tree-sitter runtime that the pinned `tree-sitter` package vendors, wherever npm
  # put that package (a path relative to this file, as gyp wants its sources).
  "variables": {
    "tree_sitter": "<!(node -p \"require('path').relative('.', require('path').dirname(require.resolve('tree-sitter/package.json'))) + '/vendor/tree-sitter/lib'\")"
  },
  "targets": [
    {
      "target_name": "juxta_tree",
      "sources": ["native/tree.c", "<(tree_sitter)/src/lib.c"],
      "include_dirs": ["<(tree_sitter)/include", "<(tree_sitter)/src"],
      "defines": ["_POSIX_C_SOURCE=200112L", "_DEFAULT_SOURCE", "NAPI_VERSION=8"],
      "cflags_c": ["-std=c11", "-O2"]
    }
  ]
}
