/**
 * The month-end load test (月底压测): {@code ./mvnw -q compile exec:exec@load} starts the service on MariaDB,
 * prepares one county with 200 operator accounts, and drives it over loopback with operators logging
 * sales singly and in offline batches while bureau users run coverage, statistics and reports.
 */
package cn.ruralcommerce.stations.loadtest;
