/**
 * The JDBC adapter: complaint store, transactional outbox and units of work on H2, PostgreSQL and
 * MariaDB/MySQL through plain parameterised JDBC, with Flyway migrations per dialect. Start with
 * {@link io.propcare.adapter.jdbc.JdbcStorage#builder()}. Everything is non-null unless documented.
 */
package io.propcare.adapter.jdbc;
