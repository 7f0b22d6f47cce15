package cn.ruralcommerce.stations.config;

import cn.ruralcommerce.stations.demo.DemoData;
import cn.ruralcommerce.stations.demo.StationDemoData;
import cn.ruralcommerce.stations.demo.SalesDemoData;
import cn.ruralcommerce.stations.security.AccountBootstrap;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** On start: demo data into an empty database (unless DEMO_DATA=false), then the first admin account, then the demo network and its sales. */
@Singleton
public class StartupTasks {
    private final DemoData demoData;
    private final StationDemoData stationDemoData;
    private final SalesDemoData salesDemoData;
    private final AccountBootstrap accounts;
    private final boolean demoEnabled;
    private final String adminPassword;

    public StartupTasks(DemoData demoData, StationDemoData stationDemoData, SalesDemoData salesDemoData, AccountBootstrap accounts,
                        @Value("${app.demo-data:true}") boolean demoEnabled,
                        @Value("${app.admin-initial-password:}") String adminPassword) {
        this.demoData = demoData;
        this.stationDemoData = stationDemoData;
        this.salesDemoData = salesDemoData;
        this.accounts = accounts;
        this.demoEnabled = demoEnabled;
        this.adminPassword = adminPassword;
    }

    @EventListener
    public void onStartup(StartupEvent event) {
        boolean demoLoaded = demoEnabled && demoData.loadIfEmpty();
        accounts.ensureAdmin(adminPassword, demoLoaded ? DemoData.ADMIN_PASSWORD : null);
        if (demoLoaded) {
            demoData.createDemoAccounts();
            stationDemoData.load();
            salesDemoData.load();
        }
    }
}
