package cn.ruralcommerce.stations.region;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The repository contract on the embedded H2 database (MODE=MySQL). */
@MicronautTest(transactional = false)
class RegionRepositoryH2IT extends RegionRepositoryContract {
}
