package dev.exemplar.system.requests;

import java.time.OffsetDateTime;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jackson turns {@code 42} into {@code "42"} for a text field even with scalar coercion
 * off (see application.properties); a number where text belongs is the client's mistake,
 * so it is refused. Timestamps are read as RFC 3339 strings only
 * ({@link Rfc3339Deserializer}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer refuseScalarsAsText() {
		return builder -> builder.withCoercionConfig(LogicalType.Textual,
				config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	@Bean
	JsonMapperBuilderCustomizer rfc3339Timestamps() {
		return builder -> builder
			.addModule(new SimpleModule("rfc3339").addDeserializer(OffsetDateTime.class, new Rfc3339Deserializer()));
	}

}
