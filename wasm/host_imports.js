// The functions the standalone core imports from its host, declared for
// Emscripten's link-time check of undefined symbols. Their bodies live in
// wasm/cehours_core_api.js, the one loader; these are never run.
mergeInto(LibraryManager.library, {
  // lean_libc.cpp: (pointer, length) of a JSON number's text -> its double.
  cehours_read_number: function (pointer, length) {},
});
