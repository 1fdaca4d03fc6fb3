package dev.exemplar.system;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For load balancers, as in the original service: {@code OK} while the database answers. When it does not,
 * the query's exception becomes a 503 problem in {@link ProblemDetailsAdvice}.
 */
@RestController
class ProbeController {

    private final JdbcClient jdbc;

    ProbeController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/probe_status")
    ResponseEntity<String> probe() {
        jdbc.sql("SELECT 1").query(Integer.class).single();
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("OK");
    }
}
