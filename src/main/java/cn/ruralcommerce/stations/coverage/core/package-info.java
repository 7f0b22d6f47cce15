/**
 * Coverage analysis and site planning core: plain Java over GeographicLib, free of framework, database
 * and HTTP code, so the service, a command line and the benchmark share it.
 *
 * <p>Contract:
 * <ul>
 *   <li>Distances are geodesics on the CGCS2000 ellipsoid in metres (GeographicLib); a village is covered
 *       iff its nearest counted site is at most R metres away (boundary inclusive).</li>
 *   <li>The caller passes rural villages only, and a {@link cn.ruralcommerce.stations.coverage.core.SiteIndex}
 *       already filtered to the counted tiers and the as-of date; every site in the index counts, wherever
 *       it lies, so stations across a border cover villages near it.</li>
 *   <li>Nearest sites are exact and found at any distance unless a search cap is set; equal distances go
 *       to the smaller site code. Administrative coverage is derived by the caller from region codes
 *       ({@link cn.ruralcommerce.stations.coverage.core.CoverageTotals#administrative}).</li>
 *   <li>The planner solves the maximal covering location problem and reports an upper bound on the
 *       optimum from Lagrangian relaxation inside a work-capped branch and bound; results are
 *       deterministic for the same input.</li>
 *   <li>Everything is single-threaded; {@code SiteIndex} versions are immutable and safe to share.</li>
 * </ul>
 */
package cn.ruralcommerce.stations.coverage.core;
