// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Colours the names that refer to another element, as found by the last parse: the lexer alone cannot tell a reference
 * from the name of a declaration.
 */
final class ReferenceColours implements ITextPresentationListener {

	private final Color colour;
	private volatile List<IRegion> references = List.of();
	private volatile String parsedText = "";

	private final java.util.function.Supplier<String> currentText;

	/**
	 * @param display the display
	 * @param currentText the current text of the editor: references are coloured only while it is the text parsed, so
	 *            that no colour lands on a shifted name between a keystroke and the next parse
	 */
	ReferenceColours(Display display, java.util.function.Supplier<String> currentText) {
		colour = new Color(display, 0x8a, 0x4b, 0x08);
		this.currentText = currentText;
	}

	/**
	 * Finds the references of a parse.
	 *
	 * @param resource a parse
	 * @param text the text parsed
	 */
	void update(XtextResource resource, String text) {
		List<IRegion> found = new ArrayList<>();
		if (resource.getParseResult() != null) {
			for (var nodes = resource.getParseResult().getRootNode().getAsTreeIterable().iterator(); nodes.hasNext();) {
				INode node = nodes.next();
				if (node.getGrammarElement() != null && GrammarUtil.containingCrossReference(node.getGrammarElement()) != null) {
					if (node.getLength() > 0) {
						found.add(new Region(node.getOffset(), node.getLength()));
					}
					nodes.prune();
				}
			}
		}
		references = found;
		parsedText = text;
	}

	/** @return the text of the last parse, whose references are coloured */
	String parsedText() {
		return parsedText;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		List<IRegion> all = references;
		if (all.isEmpty() || !parsedText.equals(currentText.get())) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int low = 0;
		int high = all.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (all.get(mid).getOffset() + all.get(mid).getLength() <= extent.getOffset()) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		int end = extent.getOffset() + extent.getLength();
		for (int i = low; i < all.size() && all.get(i).getOffset() < end; i++) {
			IRegion r = all.get(i);
			int from = Math.max(r.getOffset(), extent.getOffset());
			int to = Math.min(r.getOffset() + r.getLength(), end);
			if (to > from) {
				presentation.mergeStyleRange(new StyleRange(from, to - from, colour, null));
			}
		}
	}
}
