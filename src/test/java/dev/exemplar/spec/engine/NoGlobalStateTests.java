package dev.exemplar.spec.engine;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Future;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.asciidoctor.Asciidoctor;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * Two engine runs in one JVM (two test classes, a benchmark's rounds) share no state: the
 * engine's static fields are constants. The one object shared JVM-wide is Asciidoctor, in
 * {@code reading.JvmAsciidoctor}: JRuby's start takes seconds, and it holds nothing of a
 * run's. The engine's own tests and {@link ServiceUnderTest}, which hands the engine the
 * service of the running test, are not the engine.
 */
class NoGlobalStateTests {

	private static final JavaClasses ENGINE = new ClassFileImporter().importPackages("dev.exemplar.spec")
		.that(DescribedPredicate.describe("the engine, not its tests",
				type -> !type.getName().matches(".*Tests(\\$.*)?")
						&& !type.getName().startsWith(ServiceUnderTest.class.getName())));

	@Test
	void staticFieldsAreFinal() {
		fields().that().areStatic().should().beFinal().check(ENGINE);
	}

	@Test
	void noStaticFieldHoldsAThreadLocalAFutureOrAnArray() {
		noFields().that()
			.areStatic()
			.and()
			.doNotHaveModifier(JavaModifier.SYNTHETIC) // an enum's values, a switch's map
			.should()
			.haveRawType(assignableTo(ThreadLocal.class).or(assignableTo(Future.class))
				.or(DescribedPredicate.describe("an array", JavaClass::isArray)))
			.check(ENGINE);
	}

	/** A static collection is made by List.of, Set.of, Map.of: none can change. */
	@Test
	void noStaticInitialiserMakesAMutableCollection() {
		classes().should(new ArchCondition<JavaClass>("make no mutable collection in a static initialiser") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				type.getStaticInitializer()
					.ifPresent(initialiser -> initialiser.getConstructorCallsFromSelf()
						.stream()
						.filter(call -> makesACollection(call.getTargetOwner().reflect()))
						.forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription()))));
			}
		}).check(ENGINE);
	}

	@Test
	void asciidoctorIsSharedOnlyWhereItSaysWhy() {
		fields().that()
			.areStatic()
			.and()
			.haveRawType(Asciidoctor.class)
			.should()
			.beDeclaredInClassesThat()
			.haveFullyQualifiedName("dev.exemplar.spec.reading.JvmAsciidoctor$Holder")
			.check(ENGINE);
	}

	private static boolean makesACollection(Class<?> made) {
		return Collection.class.isAssignableFrom(made) || Map.class.isAssignableFrom(made);
	}

}
