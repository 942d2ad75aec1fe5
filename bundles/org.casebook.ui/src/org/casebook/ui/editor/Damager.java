// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.List;

import org.casebook.ui.editor.TokenClassifier.Classified;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.presentation.IPresentationDamager;

/**
 * Finds the text to colour again after a change: from the token before the change to the first token after it that the
 * lexer cuts exactly as before. Past that token the text and the lexer's state are unchanged, so are the colours; a
 * change that opens a text block or a comment therefore damages the rest of the file, and a keystroke in a word one
 * line.
 */
final class Damager implements IPresentationDamager {

	private final TokenClassifier classifier;
	private List<Classified> previous = List.of();
	/** The damage of the last change: the reconciler may ask again for the same change. */
	private IRegion last;
	/** The text damaged since {@link #takeSpan()} was last called, in the coordinates of the current text; -1 when none. */
	private int spanStart = -1;
	private int spanEnd = -1;

	Damager(TokenClassifier classifier) {
		this.classifier = classifier;
	}

	@Override
	public void setDocument(IDocument document) {
		previous = document == null ? List.of() : classifier.classify(document);
		last = null;
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		List<Classified> now = classifier.classify(event.getDocument());
		if (now == previous && last != null) {
			return last;
		}
		int inserted = event.getText() == null ? 0 : event.getText().length();
		int delta = inserted - event.getLength();
		int changeEnd = event.getOffset() + inserted;
		int start = TokenClassifier.containing(now, Math.max(0, event.getOffset() - 1));
		int startOffset = start < 0 ? 0 : Math.min(now.get(start).offset(), event.getOffset());
		int end = event.getDocument().getLength();
		for (int i = Math.max(0, start); i < now.size(); i++) {
			Classified token = now.get(i);
			if (token.offset() < changeEnd || token.offset() <= startOffset) {
				continue;
			}
			int before = at(previous, token.offset() - delta);
			if (before >= 0 && previous.get(before).length() == token.length() && previous.get(before).category() == token.category()) {
				end = token.offset();
				break;
			}
		}
		previous = now;
		last = new Region(startOffset, Math.max(0, end - startOffset));
		if (spanStart < 0) {
			spanStart = startOffset;
			spanEnd = end;
		} else {
			if (event.getOffset() < spanEnd) {
				spanEnd = Math.max(changeEnd, spanEnd + delta);
			}
			spanStart = Math.min(spanStart, startOffset);
			spanEnd = Math.max(spanEnd, end);
		}
		return last;
	}

	/** @return the text damaged since the last call, or {@code null} when nothing was */
	IRegion takeSpan() {
		if (spanStart < 0) {
			return null;
		}
		IRegion span = new Region(spanStart, Math.max(0, spanEnd - spanStart));
		spanStart = -1;
		spanEnd = -1;
		return span;
	}

	/** @return the index of the token starting exactly at an offset, or -1 */
	private static int at(List<Classified> tokens, int offset) {
		int i = TokenClassifier.containing(tokens, offset);
		return i >= 0 && tokens.get(i).offset() == offset ? i : -1;
	}
}
