/**
 * How a case management system embeds the library: {@link
 * io.permanence.examples.embedding.EmbeddingExample} loads case files from the system's PostgreSQL
 * database, evaluates them for an authority (agendas, drift, tracker) and writes the panel's
 * actions back through the panel record repository, with optimistic concurrency and the audit log.
 *
 * <p>Null policy: no method accepts or returns null.
 */
package io.permanence.examples.embedding;
