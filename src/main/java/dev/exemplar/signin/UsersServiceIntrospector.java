package dev.exemplar.signin;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks the users service whether a token is good: {@code GET /auth/status} with the same bearer token, answered
 * {@code {"status": "success", "data": {"id": 7, "active": true, …}}}. A refusal or an inactive user is a bad token
 * (401); a users service that cannot say is an {@link OAuth2IntrospectionException} (503). No message holds the token.
 */
class UsersServiceIntrospector implements OpaqueTokenIntrospector {

    /** The attribute of the principal that holds the user's id. */
    static final String USER_ID = "user_id";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    UsersServiceIntrospector(UsersServiceProperties properties) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.timeout());
        this.client = RestClient.builder().baseUrl(String.valueOf(properties.url())).requestFactory(requests).build();
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        Status status;
        try {
            status = client.get().uri("/auth/status").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange((request, response) -> new Status(response.getStatusCode().value(),
                            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
        }
        catch (RestClientException | IllegalArgumentException e) {
            throw new OAuth2IntrospectionException("The users service could not be asked whether the token is good");
        }
        return status.principal();
    }

    private record Status(int code, String body) {

        OAuth2AuthenticatedPrincipal principal() {
            if (code == 401 || code == 403) {
                throw new BadOpaqueTokenException("The users service does not know this token");
            }
            JsonNode user = read().path("data");
            if (code != 200 || !"success".equals(read().path("status").asString(null)) || !user.path("id").isIntegralNumber()) {
                throw new OAuth2IntrospectionException("The users service answered " + code + ", not whether the token is good");
            }
            if (!user.path("active").asBoolean(false)) {
                throw new BadOpaqueTokenException("The token's user is not active");
            }
            long id = user.path("id").asLong();
            return new OAuth2IntrospectionAuthenticatedPrincipal(String.valueOf(id), Map.of(USER_ID, id), List.of());
        }

        private JsonNode read() {
            try {
                return JSON.readTree(body);
            }
            catch (JacksonException e) {
                return JSON.missingNode();
            }
        }
    }
}
