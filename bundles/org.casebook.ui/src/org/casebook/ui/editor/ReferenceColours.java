// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
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
	/** The document whose text was parsed, and its modification stamp then; no colour is given to any other state. */
	private IDocument parsedDocument;
	private long parsedStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;

	ReferenceColours(Display display) {
		colour = new Color(display, 0x8a, 0x4b, 0x08);
	}

	/**
	 * Finds the references of a parse. They are coloured once {@link #current(IDocument)} says the document still has
	 * the text parsed.
	 *
	 * @param resource a parse
	 */
	void update(XtextResource resource) {
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
	}

	/**
	 * Says, on the display thread, that the document has the text of the last parse: its references are coloured
	 * until the next change.
	 *
	 * @param document the document parsed
	 */
	void current(IDocument document) {
		parsedDocument = document;
		parsedStamp = stamp(document);
	}

	/**
	 * @param document a document
	 * @return whether its references are those of its current text
	 */
	boolean isCurrent(IDocument document) {
		return document != null && document == parsedDocument && parsedStamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP
				&& stamp(document) == parsedStamp;
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 d ? d.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		List<IRegion> all = references;
		if (all.isEmpty() || !isCurrent(parsedDocument)) {
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
