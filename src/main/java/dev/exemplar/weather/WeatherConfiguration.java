package dev.exemplar.weather;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client of the weather provider, and the cache of its answers (Caffeine,
 * application.properties).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(WeatherProperties.class)
class WeatherConfiguration {

	@Bean
	WeatherProvider weatherProvider(WeatherProperties properties) {
		if (properties.keyRequired() && !properties.configured()) {
			throw new IllegalStateException("The weather provider's key is required: set WEATHER_API_KEY");
		}
		return new WeatherProvider(properties);
	}

}
