package dev.exemplar.weather;

import java.net.http.HttpClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The client of the weather provider, with its timeout, and the cache of its answers (Caffeine, application.properties). */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(WeatherProperties.class)
class WeatherConfiguration {

    @Bean
    WeatherProvider weatherProvider(WeatherProperties properties) {
        if (properties.keyRequired() && !properties.configured()) {
            throw new IllegalStateException("The weather provider's key is required: set WEATHER_API_KEY");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.timeout());
        return new WeatherProvider(properties, RestClient.builder().baseUrl(properties.providerUrl().toString()).requestFactory(requests).build());
    }
}
