/**
 * JDBC adapter: stores case files, panel records and the audit log in PostgreSQL behind the core's
 * ports, with Flyway migrations and an embedded default store. To be filled by the JDBC adapter
 * issue.
 */
package io.permanence.jdbc;
