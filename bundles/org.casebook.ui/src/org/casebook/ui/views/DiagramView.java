// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casebook.diagram.Diagram;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.PngRenderer;
import org.casebook.diagram.SvgRenderer;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.casebook.ui.CasebookUi;
import org.casebook.ui.Messages;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.editor.ScenarioParser;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The diagram of the scenario in the active editor, redrawn as the text changes. It opens fitted to the view; Ctrl+wheel
 * zooms around the pointer, + and − zoom around the centre, 0 fits again, dragging moves the drawing, and the view keeps
 * its zoom and position when the text changes; while it is fitted (not zoomed or moved since), resizing the view, a
 * maximised view for example, fits it again. Each element has its own tooltip, elements with problems are outlined in
 * red (orange for warnings), a click selects an element's declaration, and the diagram shown exports to SVG or PNG.
 */
public final class DiagramView extends EditorView {

	/** Identifier of the view. */
	public static final String ID = "org.casebook.ui.views.diagram";

	private Browser browser;
	private Combo kinds;
	private Label zoomLabel;
	private boolean ready;
	private String pending;
	private boolean refit = true;
	private String svg = "";
	private final List<String> shownSvgs = new ArrayList<>();
	private List<Model> models = List.of();
	private final Map<String, List<String>> problems = new LinkedHashMap<>();
	private final Map<String, Boolean> errors = new LinkedHashMap<>();

	/** The page, loaded once: the drawing is then replaced inside it, so that zoom and position stay. */
	private static final String PAGE = """
			<!DOCTYPE html><html><head><meta charset="utf-8"><style>
			html,body{margin:0;height:100%;overflow:hidden;font-family:sans-serif;background:#fff}
			#vp{position:absolute;left:0;top:0;right:0;bottom:0;overflow:hidden;cursor:grab}
			#vp.drag{cursor:grabbing}
			#c{position:absolute;left:0;top:0;transform-origin:0 0}
			#c svg{display:block;margin-bottom:16px}
			g[data-element]{cursor:pointer}
			g.cb-error>*:first-child{stroke:#d32f2f !important;stroke-width:3px !important}
			g.cb-warning>*:first-child{stroke:#f57c00 !important;stroke-width:3px !important}
			#tip{position:absolute;display:none;max-width:420px;padding:5px 8px;background:#ffffe8;border:1px solid #888;
			 border-radius:3px;font-size:12px;white-space:pre-wrap;pointer-events:none;box-shadow:1px 1px 4px rgba(0,0,0,.25)}
			p.msg{margin:12px;color:#555}
			</style></head><body><div id="vp" tabindex="0"><div id="c"></div></div><div id="tip"></div><script>
			var vp=document.getElementById('vp'),c=document.getElementById('c'),tip=document.getElementById('tip');
			var s=1,x=0,y=0,drag=null,moved=false,fitted=true;
			function apply(){c.style.transform='translate('+x+'px,'+y+'px) scale('+s+')';
			 if(window.casebookZoom)casebookZoom(Math.round(s*100));}
			function size(){var w=0,h=0;c.querySelectorAll('svg').forEach(function(g){var r=g.getBoundingClientRect();
			 w=Math.max(w,r.width/s);h+=r.height/s+16;});return [w,h];}
			function fit(){fitted=true;var z=size();if(!z[0]||!z[1]){s=1;x=0;y=0;apply();return;}
			 var vw=vp.clientWidth,vh=vp.clientHeight;s=Math.max(0.05,Math.min(4,Math.min((vw-16)/z[0],(vh-16)/z[1])));
			 x=Math.max(8,(vw-z[0]*s)/2);y=8;apply();}
			function zoomAt(f,px,py){fitted=false;var n=Math.max(0.05,Math.min(8,s*f));f=n/s;x=px-(px-x)*f;y=py-(py-y)*f;s=n;apply();}
			var px=null,py=null;
			function zoomBy(f){zoomAt(f,vp.clientWidth/2,vp.clientHeight/2);}
			function zoomKey(f){if(px===null)zoomBy(f);else zoomAt(f,px,py);}
			vp.addEventListener('mousemove',function(e){var r=vp.getBoundingClientRect();px=e.clientX-r.left;py=e.clientY-r.top;});
			vp.addEventListener('mouseleave',function(){px=null;py=null;});
			function pan(dx,dy){fitted=false;x+=dx;y+=dy;apply();}
			function state(){return [s,x,y];}
			function mark(list){c.querySelectorAll('g.cb-error,g.cb-warning').forEach(function(g){g.classList.remove('cb-error','cb-warning');});
			 list.forEach(function(p){c.querySelectorAll('g[data-element="'+p[0].replace(/"/g,'\\\\"')+'"]').forEach(function(g){
			 g.classList.add(p[1]?'cb-error':'cb-warning');});});}
			function show(html,problems,refit){tip.style.display='none';c.innerHTML=html;
			 c.querySelectorAll('svg > title').forEach(function(t){t.remove();});
			 c.querySelectorAll('g[data-element]').forEach(function(g){
			  g.addEventListener('click',function(e){e.stopPropagation();if(!moved)casebookSelect(g.getAttribute('data-element'));});
			  g.addEventListener('mouseenter',function(e){var t=casebookTip(g.getAttribute('data-element'));if(t){tip.textContent=t;tip.style.display='block';}});
			  g.addEventListener('mouseleave',function(e){tip.style.display='none';});});
			 mark(problems);if(refit)fit();else apply();}
			vp.addEventListener('wheel',function(e){e.preventDefault();if(e.ctrlKey){
			 var r=vp.getBoundingClientRect();zoomAt(Math.exp(-e.deltaY*(e.deltaMode?0.05:0.002)),e.clientX-r.left,e.clientY-r.top);}
			 else{pan(-e.deltaX*(e.deltaMode?20:1),-e.deltaY*(e.deltaMode?20:1));}},{passive:false});
			vp.addEventListener('mousedown',function(e){if(e.button!==0)return;drag=[e.clientX,e.clientY,x,y];moved=false;vp.classList.add('drag');});
			window.addEventListener('mousemove',function(e){if(drag){var dx=e.clientX-drag[0],dy=e.clientY-drag[1];
			 if(Math.abs(dx)+Math.abs(dy)>3){moved=true;fitted=false;}x=drag[2]+dx;y=drag[3]+dy;apply();}
			 if(tip.style.display==='block'){tip.style.left=Math.min(e.clientX+14,window.innerWidth-tip.offsetWidth-4)+'px';
			 tip.style.top=Math.min(e.clientY+16,window.innerHeight-tip.offsetHeight-4)+'px';}});
			window.addEventListener('mouseup',function(e){drag=null;vp.classList.remove('drag');setTimeout(function(){moved=false;},0);});
			window.addEventListener('keydown',function(e){if(e.key==='+'||e.key==='='){zoomKey(1.25);e.preventDefault();}
			 else if(e.key==='-'||e.key==='_'){zoomKey(0.8);e.preventDefault();}else if(e.key==='0'){fit();e.preventDefault();}});
			window.addEventListener('resize',function(){if(fitted)fit();else apply();});
			</script></body></html>""";

	@Override
	protected Control createContents(Composite parent) {
		parent.setLayout(new GridLayout(7, false));
		new Label(parent, SWT.NONE).setText(Messages.Diagram_kind);
		kinds = new Combo(parent, SWT.READ_ONLY);
		for (DiagramKind kind : DiagramKind.values()) {
			kinds.add(kind.title());
		}
		kinds.select(0);
		kinds.addListener(SWT.Selection, e -> {
			refit = true;
			refresh(true);
		});
		button(parent, "\u2212", Messages.Diagram_zoomOut, () -> run("zoomBy(0.8)"));
		button(parent, "+", Messages.Diagram_zoomIn, () -> run("zoomBy(1.25)"));
		button(parent, Messages.Diagram_fit, Messages.Diagram_fitTip, () -> run("fit()"));
		zoomLabel = new Label(parent, SWT.NONE);
		zoomLabel.setText("100 %");
		zoomLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, true, false));
		button(parent, Messages.Diagram_export, Messages.Diagram_exportTip, this::exportAsked);
		browser = new Browser(parent, SWT.NONE);
		browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
		new BrowserFunction(browser, "casebookSelect") {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length == 1 && arguments[0] instanceof String key) {
					select(key);
				}
				return null;
			}
		};
		new BrowserFunction(browser, "casebookTip") {
			@Override
			public Object function(Object[] arguments) {
				return arguments.length == 1 && arguments[0] instanceof String key ? tooltip(key) : null;
			}
		};
		new BrowserFunction(browser, "casebookZoom") {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length == 1 && arguments[0] instanceof Number percent && !zoomLabel.isDisposed()) {
					zoomLabel.setText(percent.intValue() + " %");
					zoomLabel.getParent().layout(new Control[] { zoomLabel });
				}
				return null;
			}
		};
		browser.addProgressListener(new ProgressAdapter() {
			@Override
			public void completed(ProgressEvent event) {
				ready = true;
				if (pending != null) {
					browser.execute(pending);
					pending = null;
				}
			}
		});
		browser.setText(PAGE);
		return browser;
	}

	private static void button(Composite parent, String text, String tip, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.setToolTipText(tip);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private void run(String script) {
		if (ready) {
			browser.execute(script);
		} else {
			pending = pending == null ? script : pending + ";" + script;
		}
	}

	@Override
	protected void editorActivated(CasebookEditor activated, boolean other) {
		if (other) {
			refit = true;
		}
	}

	@Override
	protected void show(CasebookEditor editor, XtextResource resource) {
		models = ScenarioParser.models(resource);
		Organisation organisation = ScenarioParser.organisation(models);
		shownSvgs.clear();
		StringBuilder body = new StringBuilder();
		if (organisation == null) {
			body.append("<p class=\"msg\">").append(Messages.View_noOrganisation).append("</p>");
		} else {
			DiagramKind kind = DiagramKind.values()[Math.max(0, kinds.getSelectionIndex())];
			for (Diagram diagram : Diagrams.draw(editor.studentEdition() ? EditionModels.student(models) : EditionModels.teacher(models), organisation, kind)) {
				String one = SvgRenderer.render(diagram);
				shownSvgs.add(one);
				body.append(SvgRenderer.scoped(one.substring(one.indexOf("<svg")), "schema-" + shownSvgs.size() + "-"));
			}
			if (shownSvgs.isEmpty()) {
				body.append("<p class=\"msg\">").append(Messages.Diagram_nothing).append("</p>");
			}
		}
		svg = String.join("", shownSvgs);
		collectProblems(editor, resource);
		StringBuilder marks = new StringBuilder("[");
		errors.forEach((key, error) -> marks.append(marks.length() > 1 ? "," : "").append('[').append(js(key)).append(',').append(error).append(']'));
		marks.append(']');
		String script = "show(" + js(body.toString()) + "," + marks + "," + refit + ")";
		refit = false;
		if (ready) {
			browser.execute(script);
		} else {
			pending = script;
		}
	}

	/** The problems of the project's scenario files, by the element (as the diagrams name it) they concern. */
	private void collectProblems(CasebookEditor editor, XtextResource resource) {
		problems.clear();
		errors.clear();
		IFile file = editor.file();
		if (file == null || resource.getResourceSet() == null) {
			return;
		}
		IMarker[] markers;
		try {
			markers = file.getProject().findMarkers(CasebookUi.MARKER, false, IResource.DEPTH_INFINITE);
		} catch (CoreException e) {
			return;
		}
		EObjectAtOffsetHelper helper = CasebookUi.injector().getInstance(EObjectAtOffsetHelper.class);
		for (IMarker marker : markers) {
			int offset = marker.getAttribute(IMarker.CHAR_START, -1);
			if (offset < 0 || !(marker.getResource() instanceof IFile markerFile)) {
				continue;
			}
			Resource r = markerFile.equals(file) ? resource
					: resource.getResourceSet().getResource(URI.createPlatformResourceURI(markerFile.getFullPath().toString(), true), false);
			if (!(r instanceof XtextResource xr) || xr.getParseResult() == null) {
				continue;
			}
			EObject e = helper.resolveContainedElementAt(xr, offset);
			while (e != null && !(e instanceof NamedElement)) {
				e = e.eContainer();
			}
			if (e instanceof NamedElement named && named.getName() != null) {
				String key = key(named);
				boolean error = marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR;
				problems.computeIfAbsent(key, k -> new ArrayList<>()).add(marker.getAttribute(IMarker.MESSAGE, ""));
				errors.merge(key, error, Boolean::logicalOr);
			}
		}
	}

	private static String key(NamedElement named) {
		return named.eClass().getName() + ":" + named.getName();
	}

	private NamedElement element(String key) {
		for (Model model : models) {
			for (var it = model.eAllContents(); it.hasNext();) {
				if (it.next() instanceof NamedElement named && key.equals(key(named))) {
					return named;
				}
			}
		}
		return null;
	}

	/** The tooltip of an element: its summary, as the editor's hover gives it, and its problems. */
	String tooltip(String key) {
		NamedElement named = element(key);
		if (named == null) {
			return null;
		}
		StringBuilder tip = new StringBuilder();
		CasebookEditor editor = editor();
		List<INode> nameNodes = NodeModelUtils.findNodesForFeature(named, org.casebook.model.CasebookPackage.Literals.NAMED_ELEMENT__NAME);
		if (editor != null && !nameNodes.isEmpty() && named.eResource() == editor.lastParse()) {
			String summary = editor.summaryAt(nameNodes.get(0).getOffset());
			if (summary != null) {
				tip.append(summary.replaceAll("<[^>]+>", ""));
			}
		}
		if (tip.length() == 0) {
			tip.append(named.getLabel() != null ? named.getLabel() + " (" + named.getName() + ")" : named.getName());
		}
		for (String problem : problems.getOrDefault(key, List.of())) {
			tip.append("\n\u26a0 ").append(problem);
		}
		return tip.toString();
	}

	private static String js(String text) {
		StringBuilder sb = new StringBuilder("\"");
		for (char ch : text.toCharArray()) {
			switch (ch) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				case '<' -> sb.append("\\u003c");
				case '\u2028' -> sb.append("\\u2028");
				case '\u2029' -> sb.append("\\u2029");
				default -> sb.append(ch);
			}
		}
		return sb.append('"').toString();
	}

	private void select(String key) {
		NamedElement named = element(key);
		if (named != null) {
			CasebookEditor.reveal(named);
		}
	}

	private void exportAsked() {
		if (shownSvgs.isEmpty()) {
			return;
		}
		FileDialog dialog = new FileDialog(browser.getShell(), SWT.SAVE);
		dialog.setText(Messages.Diagram_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
		dialog.setFilterNames(new String[] { "SVG (*.svg)", "PNG (*.png)" });
		dialog.setFileName("schema-" + DiagramKind.values()[Math.max(0, kinds.getSelectionIndex())].name().toLowerCase(java.util.Locale.ROOT)
				+ (dialog.getFilterIndex() == 1 ? ".png" : ".svg"));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen);
		if (!target.getFileName().toString().contains(".")) {
			target = target.resolveSibling(target.getFileName() + (dialog.getFilterIndex() == 1 ? ".png" : ".svg"));
		}
		try {
			export(target);
		} catch (IOException e) {
			MessageDialog.openError(browser.getShell(), Messages.Diagram_exportTitle, NLS.bind(Messages.Diagram_exportFailed, target, e.getMessage()));
		}
	}

	/**
	 * Writes the diagrams shown, as SVG or PNG after the name's extension; several diagrams (one per process) go to
	 * numbered files. Each file is written beside its target and then moved, so that a failure leaves it intact.
	 *
	 * @param target the file
	 * @return the files written
	 * @throws IOException when a file cannot be written
	 */
	public List<Path> export(Path target) throws IOException {
		String name = target.getFileName().toString();
		boolean png = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png");
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String ext = dot > 0 ? name.substring(dot) : png ? ".png" : ".svg";
		List<Path> written = new ArrayList<>();
		for (int i = 0; i < shownSvgs.size(); i++) {
			Path file = shownSvgs.size() == 1 ? target : target.resolveSibling(stem + "-" + (i + 1) + ext);
			byte[] bytes = png ? PngRenderer.render(shownSvgs.get(i), 2.0) : shownSvgs.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
			Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".casebook-", ".tmp");
			try {
				Files.write(tmp, bytes);
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(tmp);
			}
			written.add(file);
		}
		return written;
	}

	/** @return the SVG currently shown, for tests */
	public String currentSvg() {
		return svg;
	}

	/** @return whether the page shows the last diagram asked for */
	public boolean ready() {
		return ready && pending == null;
	}

	/**
	 * Runs a script of the page (zoomAt(f,x,y), zoomBy(f), pan(dx,dy), fit(), state()), for tests.
	 *
	 * @param script the script, an expression
	 * @return its value
	 */
	public Object evaluate(String script) {
		return browser.evaluate("return " + script + ";");
	}

	/** @return the elements with problems, as the diagrams name them, for tests */
	public Map<String, List<String>> problems() {
		return problems;
	}

	/** @param kind the kind of diagram to show */
	public void show(DiagramKind kind) {
		kinds.select(kind.ordinal());
		refit = true;
		refresh(true);
	}
}
