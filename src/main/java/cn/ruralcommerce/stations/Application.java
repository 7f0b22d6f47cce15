package cn.ruralcommerce.stations;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import java.util.TimeZone;

/** Entry point of the rural e-commerce service-station network manager. */
@OpenAPIDefinition(info = @Info(title = "Rural e-commerce service-station network", version = "0.1",
        description = "Service stations, logistics nodes, coverage, 528 products and poverty-alleviation sales"),
        security = @SecurityRequirement(name = "bearerAuth"))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {
    public static void main(String[] args) {
        // Timestamps are stored in UTC; the bureau's zone (Asia/Shanghai) applies only at the edges.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Micronaut.run(Application.class, args);
    }
}
