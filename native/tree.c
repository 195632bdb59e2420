/*
 * juxta_tree: parses code with tree-sitter and hands the whole tree to JavaScript in one call, as
 * flat records. Reading a tree through the Node binding costs a native call per node and field
 * (`cursor.startIndex`, `cursor.gotoNextSibling()`, …), which took longer than parsing itself;
 * here the same cursor walk runs in C and JavaScript reads a typed array (src/engine/parse.ts).
 *
 * It links the tree-sitter runtime that the `tree-sitter` package vendors (the same version), and
 * takes each grammar from its `tree-sitter-<lang>` package's `language` external, as the binding
 * does.
 */
#include <node_api.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <tree_sitter/api.h>

/* One node: its symbol and flags, where it starts and ends (UTF-16 code units), its depth. */
#define WORDS 4
#define NAMED (1u << 16)
#define MISSING (1u << 17)
#define FIELD_SHIFT 18
/* tree-sitter's symbol for ERROR nodes. */
#define ERROR_SYMBOL ((TSSymbol)0xFFFF)

#define CHECK(env, call)                                                     \
  do {                                                                       \
    if ((call) != napi_ok) {                                                 \
      napi_throw_error((env), NULL, "juxta_tree: " #call " failed");         \
      return NULL;                                                           \
    }                                                                        \
  } while (0)

/* Each thread (the main one, a worker) keeps one parser. */
typedef struct {
  TSParser *parser;
} Instance;

static void free_instance(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  Instance *instance = data;
  if (instance->parser) ts_parser_delete(instance->parser);
  free(instance);
}

typedef struct {
  const char16_t *code;
  uint32_t bytes;
  struct timespec deadline;
  bool limited;
} Source;

static const char *read_code(void *payload, uint32_t byte, TSPoint position, uint32_t *read) {
  (void)position;
  Source *source = payload;
  if (byte >= source->bytes) {
    *read = 0;
    return "";
  }
  *read = source->bytes - byte;
  return (const char *)source->code + byte;
}

/* tree-sitter asks now and then whether to go on: not past the deadline. */
static bool past_deadline(TSParseState *state) {
  Source *source = state->payload;
  if (!source->limited) return false;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec > source->deadline.tv_sec ||
         (now.tv_sec == source->deadline.tv_sec && now.tv_nsec > source->deadline.tv_nsec);
}

static const TSLanguage *language_of(napi_env env, napi_value grammar) {
  napi_value external;
  void *language = NULL;
  napi_valuetype type;
  if (napi_typeof(env, grammar, &type) != napi_ok || type != napi_object) return NULL;
  if (napi_get_named_property(env, grammar, "language", &external) != napi_ok) return NULL;
  if (napi_typeof(env, external, &type) != napi_ok || type != napi_external) return NULL;
  if (napi_get_value_external(env, external, &language) != napi_ok) return NULL;
  return language;
}

/*
 * The tree as records, or NULL when out of memory; `*count` nodes. A node's field is looked up
 * (a search of its parent's production) only where `fielded[parent's symbol]` is set: the node
 * types whose children can fill fields, from the grammar's node-types.json. Without `fielded`,
 * every node's is.
 */
static uint32_t *flatten(TSTree *tree, const uint8_t *fielded, size_t fielded_length,
                         size_t *count) {
  size_t capacity = 1024, n = 0;
  /* By depth: whether the open node at that depth has children that can fill fields. */
  size_t asks_capacity = 64;
  uint32_t *out = malloc(capacity * WORDS * sizeof *out);
  bool *asks = malloc(asks_capacity * sizeof *asks);
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
  uint32_t depth = 0;
  if (!out || !asks) goto fail;
  for (;;) {
    if (n == capacity) {
      capacity *= 2;
      uint32_t *grown = realloc(out, capacity * WORDS * sizeof *out);
      if (!grown) goto fail;
      out = grown;
    }
    if (depth + 1 >= asks_capacity) {
      asks_capacity *= 2;
      bool *grown = realloc(asks, asks_capacity * sizeof *asks);
      if (!grown) goto fail;
      asks = grown;
    }
    TSNode node = ts_tree_cursor_current_node(&cursor);
    TSSymbol symbol = ts_node_symbol(node);
    TSFieldId field = depth > 0 && asks[depth - 1] ? ts_tree_cursor_current_field_id(&cursor) : 0;
    /* ERROR nodes are in no node-types.json: their children are always asked. */
    asks[depth] = !fielded || symbol == ERROR_SYMBOL || (symbol < fielded_length && fielded[symbol]);
    uint32_t *record = out + n * WORDS;
    n++;
    record[0] = symbol | (ts_node_is_named(node) ? NAMED : 0) |
                (ts_node_is_missing(node) ? MISSING : 0) | ((uint32_t)field << FIELD_SHIFT);
    record[1] = ts_node_start_byte(node) / 2;
    record[2] = ts_node_end_byte(node) / 2;
    record[3] = depth;
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      depth++;
      continue;
    }
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        free(asks);
        ts_tree_cursor_delete(&cursor);
        *count = n;
        return out;
      }
      depth--;
    }
  }
fail:
  free(out);
  free(asks);
  ts_tree_cursor_delete(&cursor);
  return NULL;
}

/*
 * parse(code, grammar, timeoutMicros, fielded): the tree of `code` as a Uint32Array of records
 * (see WORDS), or null when tree-sitter gave up after timeoutMicros (0: no limit). `fielded`, a
 * Uint8Array by symbol, marks the node types whose children can fill fields (see `flatten`).
 */
static napi_value parse(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4], result;
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  const TSLanguage *language = argc >= 2 ? language_of(env, argv[1]) : NULL;
  if (!language) {
    napi_throw_type_error(env, NULL, "juxta_tree.parse: the grammar has no language");
    return NULL;
  }
  Instance *instance;
  CHECK(env, napi_get_instance_data(env, (void **)&instance));
  if (!ts_parser_set_language(instance->parser, language)) {
    napi_throw_error(env, NULL, "juxta_tree.parse: this grammar's version does not fit tree-sitter's");
    return NULL;
  }
  size_t length = 0;
  if (napi_get_value_string_utf16(env, argv[0], NULL, 0, &length) != napi_ok) {
    napi_throw_type_error(env, NULL, "juxta_tree.parse: the code is not a string");
    return NULL;
  }
  char16_t *code = malloc((length + 1) * sizeof *code);
  if (!code) {
    napi_throw_error(env, NULL, "juxta_tree.parse: out of memory");
    return NULL;
  }
  if (napi_get_value_string_utf16(env, argv[0], code, length + 1, &length) != napi_ok) {
    free(code);
    napi_throw_type_error(env, NULL, "juxta_tree.parse: the code is not a string");
    return NULL;
  }
  double micros = 0;
  if (argc >= 3) napi_get_value_double(env, argv[2], &micros);
  uint8_t *fielded = NULL;
  size_t fielded_length = 0;
  bool is_typed_array = false;
  if (argc >= 4 && napi_is_typedarray(env, argv[3], &is_typed_array) == napi_ok && is_typed_array) {
    napi_typedarray_type type;
    void *data;
    CHECK(env, napi_get_typedarray_info(env, argv[3], &type, &fielded_length, &data, NULL, NULL));
    if (type == napi_uint8_array) fielded = data;
    else fielded_length = 0;
  }
  Source source = {.code = code, .bytes = (uint32_t)(length * 2), .limited = micros > 0};
  if (source.limited) {
    clock_gettime(CLOCK_MONOTONIC, &source.deadline);
    long long nanos = source.deadline.tv_nsec + (long long)(micros * 1000);
    source.deadline.tv_sec += nanos / 1000000000LL;
    source.deadline.tv_nsec = nanos % 1000000000LL;
  }
  TSInput input = {.payload = &source, .read = read_code, .encoding = TSInputEncodingUTF16LE};
  TSParseOptions options = {.payload = &source, .progress_callback = past_deadline};
  TSTree *tree = ts_parser_parse_with_options(instance->parser, NULL, input, options);
  free(code);
  if (!tree) {
    /* A parse cut short leaves state behind that would resume into the next one. */
    ts_parser_reset(instance->parser);
    CHECK(env, napi_get_null(env, &result));
    return result;
  }
  size_t count = 0;
  uint32_t *records = flatten(tree, fielded, fielded_length, &count);
  ts_tree_delete(tree);
  if (!records) {
    napi_throw_error(env, NULL, "juxta_tree.parse: out of memory");
    return NULL;
  }
  napi_value buffer;
  void *data;
  size_t bytes = count * WORDS * sizeof *records;
  napi_status status = napi_create_arraybuffer(env, bytes, &data, &buffer);
  if (status == napi_ok) memcpy(data, records, bytes);
  free(records);
  CHECK(env, status);
  CHECK(env, napi_create_typedarray(env, napi_uint32_array, count * WORDS, buffer, 0, &result));
  return result;
}

/* names(grammar): { types: [name by symbol], fields: [name by field id, 0: null] }. */
static napi_value names(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result, types, fields, value;
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  const TSLanguage *language = argc >= 1 ? language_of(env, argv[0]) : NULL;
  if (!language) {
    napi_throw_type_error(env, NULL, "juxta_tree.names: the grammar has no language");
    return NULL;
  }
  uint32_t symbols = ts_language_symbol_count(language);
  CHECK(env, napi_create_array_with_length(env, symbols, &types));
  for (uint32_t i = 0; i < symbols; i++) {
    const char *name = ts_language_symbol_name(language, (TSSymbol)i);
    CHECK(env, napi_create_string_utf8(env, name ? name : "", NAPI_AUTO_LENGTH, &value));
    CHECK(env, napi_set_element(env, types, i, value));
  }
  uint32_t field_count = ts_language_field_count(language);
  CHECK(env, napi_create_array_with_length(env, field_count + 1, &fields));
  CHECK(env, napi_get_null(env, &value));
  CHECK(env, napi_set_element(env, fields, 0, value));
  for (uint32_t i = 1; i <= field_count; i++) {
    const char *name = ts_language_field_name_for_id(language, (TSFieldId)i);
    if (name) CHECK(env, napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &value));
    else CHECK(env, napi_get_null(env, &value));
    CHECK(env, napi_set_element(env, fields, i, value));
  }
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_set_named_property(env, result, "types", types));
  CHECK(env, napi_set_named_property(env, result, "fields", fields));
  return result;
}

NAPI_MODULE_INIT() {
  Instance *instance = calloc(1, sizeof *instance);
  if (!instance || !(instance->parser = ts_parser_new())) {
    free(instance);
    napi_throw_error(env, NULL, "juxta_tree: out of memory");
    return NULL;
  }
  if (napi_set_instance_data(env, instance, free_instance, NULL) != napi_ok) return NULL;
  napi_value fn;
  if (napi_create_function(env, "parse", NAPI_AUTO_LENGTH, parse, NULL, &fn) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "parse", fn) != napi_ok) return NULL;
  if (napi_create_function(env, "names", NAPI_AUTO_LENGTH, names, NULL, &fn) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "names", fn) != napi_ok) return NULL;
  return exports;
}
