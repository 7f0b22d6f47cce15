package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.MySqlTestDatabase;
import cn.ruralcommerce.stations.support.RunningService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * On MariaDB/MySQL (PAD SPACE collations compare 'padvictim ' equal to 'padvictim') a locked account stays locked
 * under every spelling of its name: padded, upper-case, full-width; a name outside the allowed pattern never logs in.
 */
class LoginPaddingMySqlIT {
    private static final String PASSWORD = "Padvictim2026x";

    @Test
    void aLockedAccountIsLockedUnderEverySpellingOfItsName() {
        try (RunningService service = RunningService.start(MySqlTestDatabase.create())) {
            service.server().getApplicationContext().getBean(AccountBootstrap.class)
                    .create("padvictim", PASSWORD, Role.PLANNER, null, "padded");
            ApiClient api = service.api();
            assertEquals(200, login(api, "padvictim", PASSWORD).getStatus().getCode(), "the account works");
            for (int i = 0; i < 5; i++) {
                assertEquals(401, login(api, "padvictim", "wrong-guess-" + i).getStatus().getCode());
            }
            for (String spelling : List.of("padvictim", "padvictim ", "padvictim   ", " padvictim", "PADVICTIM", "ｐａｄｖｉｃｔｉｍ",
                    "padvictim\t")) {
                HttpResponse<String> response = login(api, spelling, PASSWORD);
                assertNotEquals(200, response.getStatus().getCode(), "'" + spelling + "' logs in while padvictim is locked");
            }
            service.server().getApplicationContext().getBean(AccountBootstrap.class)
                    .create("typed", PASSWORD, Role.PLANNER, null, "typed");
            assertEquals(200, login(api, " Typed ", PASSWORD).getStatus().getCode(), "one account however its name is typed");
        }
    }

    private static HttpResponse<String> login(ApiClient api, String username, String password) {
        return api.raw(HttpRequest.POST("/login", Map.of("username", username, "password", password)), null);
    }
}
