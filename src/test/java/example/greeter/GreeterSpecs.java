package example.greeter;

import java.net.URI;
import java.util.Optional;

import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.ServerLog;
import dev.exemplar.spec.api.SpecifiedService;

/**
 * The greeter's one class for the spec engine: how it starts, where it answers, where its
 * log is.
 */
public class GreeterSpecs implements SpecifiedService {

	@Override
	public RunningService start() throws Exception {
		Greeter greeter = new Greeter();
		return new RunningService() {
			@Override
			public URI baseUrl() {
				return greeter.baseUrl();
			}

			@Override
			public Optional<ServerLog> serverLog() {
				return Optional.of(greeter::logFor);
			}

			@Override
			public void close() {
				greeter.close();
			}
		};
	}

}
