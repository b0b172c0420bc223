/**
 * The in-memory adapter: every storage contract held in memory, thread-safe, and a recording
 * notifier for tests. Everything is non-null unless documented.
 */
package io.propcare.adapter.inmemory;
