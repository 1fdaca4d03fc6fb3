package dev.exemplar.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.exemplar.testsupport.UsersServiceStandIn;
import dev.exemplar.testsupport.UsersServiceStandInConfiguration;
import dev.exemplar.postgres.TestPostgresConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on a random port, on this JVM's test PostgreSQL, under the
 * {@code test} profile: apart from that profile's few settings, it cannot tell it is not
 * in production. Its users service is a stand-in that vouches for
 * {@link UsersServiceStandIn#token(long)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestPostgresConfiguration.class, UsersServiceStandInConfiguration.class })
@ActiveProfiles("test")
public @interface ServiceTest {

}
