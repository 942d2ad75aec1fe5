// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Creates the elements the parser reads without notifications of their changes: each element carries its node as an
 * adapter, and every feature the parser sets would otherwise make a notification that no one uses (a tenth of what a
 * large file allocates). {@link BoundedParser} turns them back on for the whole model when its parse ends, before the
 * model reaches its resource.
 */
public class QuietElementFactory extends DefaultEcoreElementFactory {

	@Override
	public EObject create(EClassifier classifier) {
		EObject element = super.create(classifier);
		element.eSetDeliver(false);
		return element;
	}

	/**
	 * Delivers the notifications of a parsed model again.
	 *
	 * @param root the root of what a parse read, or {@code null}
	 */
	static void deliver(EObject root) {
		if (root != null) {
			root.eSetDeliver(true);
			root.eAllContents().forEachRemaining(e -> e.eSetDeliver(true));
		}
	}
}
