package dev.exemplar.spec.running;

import org.concordion.api.ConcordionResources;

/**
 * The object Concordion runs a spec against. Specs call no Java, so it is empty; it only
 * turns off Concordion's stylesheet, which fights Asciidoctor's.
 */
@ConcordionResources(includeDefaultStyling = false)
public class SpecFixture {

}
