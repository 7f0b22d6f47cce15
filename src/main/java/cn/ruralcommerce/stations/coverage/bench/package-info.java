/**
 * Deterministic generated networks (Chongqing's real divisions with synthetic points; a synthetic
 * national-size set) and the coverage benchmark, {@code ./mvnw -q compile exec:exec@bench}.
 */
package cn.ruralcommerce.stations.coverage.bench;
