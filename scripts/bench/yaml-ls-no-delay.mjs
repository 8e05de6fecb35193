// Preloaded into yaml-language-server for the bench only: it waits a fixed 200 ms (validationDelayMs,
// not a setting) before validating a changed document. Our server runs with debounceMs 0, so the
// peer gets no delay either: its 200 ms timer fires at once.
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = (callback, delay, ...args) => realSetTimeout(callback, delay === 200 ? 0 : delay, ...args);
