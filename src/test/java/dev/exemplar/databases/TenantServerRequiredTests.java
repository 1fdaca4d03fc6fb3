package dev.exemplar.databases;

import java.net.ServerSocket;

import dev.exemplar.ExemplarApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Under prod, users' databases never land on the service's own PostgreSQL: without a tenant server, no start. */
@ExtendWith(OutputCaptureExtension.class)
class TenantServerRequiredTests {

    @Test
    void underProdTheServiceDoesNotStartWithoutATenantServerNorConnectsAnywhere(CapturedOutput output) throws Exception {
        int nobody;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobody = socket.getLocalPort();
        }
        SpringApplication application = new SpringApplication(ExemplarApplication.class);

        assertThatThrownBy(() -> application.run("--spring.profiles.active=prod", "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + nobody + "/exemplar",
                "--exemplar.weather.api-key=some-key"))
                .hasMessageContaining("set DATABASES_ADMIN_URL");
        assertThat(output.getAll()).doesNotContain("Connection refused", "HikariPool");
    }
}
