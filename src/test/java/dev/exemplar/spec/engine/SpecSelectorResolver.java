package dev.exemplar.spec.engine;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.SelectorResolver;
import org.opentest4j.AssertionFailedError;

import dev.exemplar.spec.reading.SpecFinder;

/**
 * Turns selectors into the service's container and its specs: the service's class (and so
 * its package or classpath root) selects every spec the filter lets through; a unique id
 * selects that spec, or that example (with the examples before it, which make its state);
 * a spec file under the specs root selects that spec.
 */
final class SpecSelectorResolver implements SelectorResolver {

	private final String serviceClass;

	private final Supplier<SpecConfiguration> configuration;

	private SpecConfiguration read;

	/**
	 * @param configuration read only once a selector names the service: other test runs
	 * need none
	 */
	SpecSelectorResolver(String serviceClass, Supplier<SpecConfiguration> configuration) {
		this.serviceClass = serviceClass;
		this.configuration = configuration;
	}

	@Override
	public Resolution resolve(ClassSelector selector, Context context) {
		if (!selector.getClassName().equals(serviceClass)) {
			return Resolution.unresolved();
		}
		return service(context, selector.getJavaClass())
			.map(service -> Resolution.match(Match.exact(service, () -> specs(service))))
			.orElse(Resolution.unresolved());
	}

	@Override
	public Resolution resolve(UniqueIdSelector selector, Context context) {
		UniqueId id = selector.getUniqueId();
		UniqueId.Segment last = id.getLastSegment();
		return switch (last.getType()) {
			case ServiceDescriptor.SEGMENT ->
				last.getValue().equals(serviceClass) ? ReflectionSupport.tryToLoadClass(serviceClass)
					.toOptional()
					.flatMap(type -> service(context, type))
					.map(service -> Resolution.match(Match.exact(service, () -> specs(service))))
					.orElse(Resolution.unresolved()) : Resolution.unresolved();
			case SpecDescriptor.SEGMENT -> spec(context, id).map(spec -> {
				spec.selectWhole();
				return Resolution.match(Match.exact(spec));
			}).orElse(Resolution.unresolved());
			case ExampleDescriptor.SEGMENT -> spec(context, id.removeLastSegment()).map(spec -> {
				spec.selectExample(last.getValue());
				return Resolution.match(Match.partial(spec));
			}).orElse(Resolution.unresolved());
			default -> Resolution.unresolved();
		};
	}

	@Override
	public Resolution resolve(FileSelector selector, Context context) {
		Path root = configuration().layout().specsRoot().toAbsolutePath().normalize();
		Path file = selector.getPath().toAbsolutePath().normalize();
		if (!file.startsWith(root) || !file.toString().endsWith(".adoc")) {
			return Resolution.unresolved();
		}
		String path = root.relativize(file).toString().replace('\\', '/');
		return context.addToParent(() -> DiscoverySelectors.selectClass(serviceClass), parent -> newSpec(parent, path))
			.map(spec -> {
				spec.selectWhole();
				return Resolution.match(Match.exact(spec));
			})
			.orElse(Resolution.unresolved());
	}

	private Optional<ServiceDescriptor> service(Context context, Class<?> type) {
		return context.addToParent(parent -> Optional.of(new ServiceDescriptor(
				parent.getUniqueId().append(ServiceDescriptor.SEGMENT, serviceClass), type, configuration())));
	}

	private Optional<SpecDescriptor> spec(Context context, UniqueId specId) {
		if (!specId.getLastSegment().getType().equals(SpecDescriptor.SEGMENT)) {
			return Optional.empty();
		}
		return context.addToParent(() -> DiscoverySelectors.selectUniqueId(specId.removeLastSegment()),
				parent -> newSpec(parent, specId.getLastSegment().getValue()));
	}

	private Optional<SpecDescriptor> newSpec(TestDescriptor parent, String path) {
		return parent instanceof ServiceDescriptor
				? Optional.of(new SpecDescriptor(parent.getUniqueId().append(SpecDescriptor.SEGMENT, path), path,
						configuration().layout(), configuration().tags()))
				: Optional.empty();
	}

	/**
	 * A unique id for each spec the filter lets through (those of the shard, if one is
	 * given); when the filter lets none, a failing test that says so. A shard may be
	 * empty: N machines for fewer specs.
	 */
	private Set<DiscoverySelector> specs(ServiceDescriptor service) {
		SpecConfiguration config = service.configuration();
		List<String> paths = SpecFinder.find(config.layout().specsRoot(), config.filter());
		if (paths.isEmpty()) {
			service.addChild(ProblemDescriptor.failing(service.getUniqueId().append("problem", "no-specs"),
					"no spec to run", ClassSource.from(serviceClass),
					new AssertionFailedError("No spec under " + config.layout().specsRoot()
							+ config.filter().map(filter -> " matches '" + filter + "'").orElse(""))));
		}
		Set<DiscoverySelector> specs = new LinkedHashSet<>();
		config.shard()
			.map(shard -> shard.of(paths))
			.orElse(paths)
			.forEach(path -> specs
				.add(DiscoverySelectors.selectUniqueId(service.getUniqueId().append(SpecDescriptor.SEGMENT, path))));
		return specs;
	}

	private SpecConfiguration configuration() {
		if (read == null) {
			read = configuration.get();
		}
		return read;
	}

}
