package dev.exemplar.system.requests;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every query parameter is given once, with a value, well encoded: see
 * {@link QueryStringInterceptor}.
 */
@Configuration(proxyBeanMethods = false)
class RequestRulesConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new QueryStringInterceptor());
	}

}
