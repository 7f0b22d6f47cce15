package cn.ruralcommerce.stations;

import io.micronaut.runtime.Micronaut;

/** Entry point of the rural e-commerce service-station network manager. */
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
