/**
 * JSON configuration: Propcare's own Jackson reader and the {@link io.propcare.config.ConfigurationException}
 * that names the file, JSON path and value of every problem. Everything is non-null unless documented.
 */
package io.propcare.config;
