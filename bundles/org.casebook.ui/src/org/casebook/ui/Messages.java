// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of the workbench, in French where the locale is French and in English otherwise ({@code messages*.properties}). */
public final class Messages extends NLS {

	/** Where the context meets it */
	public static String Conformity_evidence;
	/** lenient */
	public static String Conformity_lenient;
	/** Option: */
	public static String Conformity_option;
	/** Reading: */
	public static String Conformity_reading;
	/** Remarks */
	public static String Conformity_remarks;
	/** Requirement */
	public static String Conformity_requirement;
	/** Status */
	public static String Conformity_status;
	/** strict */
	public static String Conformity_strict;
	/** {0} met, {1} not met, {2} without enough information */
	public static String Conformity_summary;
	/** All six Bloc 1 competencies are used at least once. */
	public static String Coverage_complete;
	/** Bloc 1 competencies never used: {0} */
	public static String Coverage_gaps;
	/** Task */
	public static String Coverage_realisation;
	/** Export\u2026 */
	public static String Diagram_export;
	/** {0}: cannot be written ({1}) */
	public static String Diagram_exportFailed;
	/** Export the diagram shown as SVG or PNG */
	public static String Diagram_exportTip;
	/** Export the diagram */
	public static String Diagram_exportTitle;
	/** Fit */
	public static String Diagram_fit;
	/** Fit the diagram to the view (0) */
	public static String Diagram_fitTip;
	/** Diagram: */
	public static String Diagram_kind;
	/** Nothing to draw for this kind of diagram. */
	public static String Diagram_nothing;
	/** Zoom: */
	public static String Diagram_zoom;
	/** Zoom in (+, Ctrl+wheel) */
	public static String Diagram_zoomIn;
	/** Zoom out (\u2212, Ctrl+wheel) */
	public static String Diagram_zoomOut;
	/** &lt; Back */
	public static String Dialog_back;
	/** Cancel */
	public static String Dialog_cancel;
	/** Next &gt; */
	public static String Dialog_next;
	/** Answers */
	public static String Documents_answers;
	/** Annex II.E conformity */
	public static String Documents_conformity;
	/** Organisation context */
	public static String Documents_context;
	/** Competency coverage */
	public static String Documents_coverage;
	/** Document: */
	public static String Documents_document;
	/** No document in this project. */
	public static String Documents_empty;
	/** Open a scenario to see its documents. */
	public static String Documents_none;
	/** Open the PDF */
	public static String Documents_openPdf;
	/** No PDF reader opens on this computer. */
	public static String Documents_pdfNoReader;
	/** No PDF reader is installed on this computer... The PDF is here: {0} */
	public static String Documents_pdfNoReaderDetail;
	/** The PDF of this document is being prepared. */
	public static String Documents_pdfNotReady;
	/** Exam subject */
	public static String Documents_subject;
	/** (teacher edition) */
	public static String Documents_teacherEdition;
	/** Content Assist */
	public static String Editor_contentAssist;
	/** Declared in {0} */
	public static String Editor_declaredIn;
	/** Cannot format: fix the syntax errors first. */
	public static String Editor_formatImpossible;
	/** Go to declaration */
	public static String Editor_goToDeclaration;
	/** Problems of {0} */
	public static String Editor_problemsJob;
	/** All formats */
	public static String Variants_allFormats;
	/** "{0}" is not a whole number */
	public static String Variants_badSeed;
	/** Generate */
	public static String Variants_button;
	/** Cancelled */
	public static String Variants_cancelled;
	/** Choose the class list */
	public static String Variants_chooseList;
	/** What a run writes */
	public static String Variants_contents;
	/** One variant per student */
	public static String Variants_description;
	/** Variants failed: {0} */
	public static String Variants_failed;
	/** Documents: */
	public static String Variants_format;
	/** Class list: */
	public static String Variants_list;
	/** Output folder: */
	public static String Variants_out;
	/** Seed: */
	public static String Variants_seed;
	/** Student variants */
	public static String Variants_task;
	/** Student variants */
	public static String Variants_title;
	/** Export */
	public static String Export_button;
	/** Export cancelled: an existing package is left intact. */
	public static String Export_cancelled;
	/** Choose the package file. */
	public static String Export_chooseFile;
	/** The package holds the scenario text without &#64;enseignant elements, notes, answers, criteria or comments, and the context, the exam subject, the Annex II.E conformity and the competency coverage in their student edition. */
	public static String Export_contents;
	/** The scenario without teacher-only content, and the student documents in HTML and PDF, for Casebook Viewer. */
	public static String Export_description;
	/** the scenario has errors, the first one: {0} */
	public static String Export_errors;
	/** Export failed: {0} */
	public static String Export_failed;
	/** Package file: */
	public static String Export_file;
	/** {0} is a folder: choose a .zip file. */
	public static String Export_isFolder;
	/** the project describes no organisation */
	public static String Export_noOrganisation;
	/** Reading the scenario */
	public static String Export_reading;
	/** Student package */
	public static String Export_task;
	/** Export the student package */
	public static String Export_title;
	/** Generate */
	public static String Generate_button;
	/** Generation cancelled: existing documents are left intact. */
	public static String Generate_cancelled;
	/** Choose at least one document and one format. */
	public static String Generate_chooseSome;
	/** Choose the documents, the edition, the formats and the output folder. */
	public static String Generate_description;
	/** Documents */
	public static String Generate_documents;
	/** Edition */
	public static String Generate_edition;
	/** Generation failed: {0} (existing documents are left intact) */
	public static String Generate_failed;
	/** Output folder: */
	public static String Generate_folder;
	/** Formats */
	public static String Generate_formats;
	/** No program of this computer opens this file; it is here: {0} */
	public static String Generate_noProgram;
	/** Open the folder */
	public static String Generate_openFolder;
	/** Documents of {0} */
	public static String Generate_pageTitle;
	/** Student (no teacher-only content, no answers) */
	public static String Generate_student;
	/** {0} documents written in {1}. */
	public static String Generate_summary;
	/** Generating documents */
	public static String Generate_task;
	/** Teacher */
	public static String Generate_teacher;
	/** Generate documents */
	public static String Generate_title;
	/** The scenario has errors; fix them first: {0} */
	public static String Handler_fixErrorsFirst;
	/** Page layout */
	public static String Handler_layout;
	/** The project describes no organisation. */
	public static String Handler_noOrganisation;
	public static String Handler_noStudentOrganisation;
	/** Open a scenario file (.orga) first. */
	public static String Handler_openScenarioFirst;
	/** line {0} */
	public static String Marker_line;
	/** &Edit */
	public static String Menu_edit;
	/** &File */
	public static String Menu_file;
	/** &Help */
	public static String Menu_help;
	/** &New */
	public static String Menu_new;
	/** &Open File... */
	public static String Menu_openFile;
	/** Open a scenario file */
	public static String Menu_openFileTitle;
	/** &Open... */
	public static String Menu_openPackage;
	/** Show &View */
	public static String Menu_showView;
	/** &Window */
	public static String Menu_window;
	/** The organisation identifier starts with a letter and holds only unaccented letters, digits and _. */
	public static String NewProject_badIdentifier;
	/** This project name is not valid. */
	public static String NewProject_badName;
	/** Blank project */
	public static String NewProject_blank;
	/** A client organisation, its information system and an exam subject to complete. */
	public static String NewProject_blankDescription;
	/** Create */
	public static String NewProject_button;
	/** Cannot create the project: {0} */
	public static String NewProject_createFailed;
	/** Example {0} */
	public static String NewProject_example;
	/** A copy of the example “{0}”, to adapt freely. */
	public static String NewProject_exampleDescription;
	/** A project “{0}” already exists. */
	public static String NewProject_exists;
	/** Organisation identifier: */
	public static String NewProject_identifier;
	/** for example Hexalog */
	public static String NewProject_identifierHint;
	/** Company name: */
	public static String NewProject_label;
	/** Project name: */
	public static String NewProject_name;
	/** Give the organisation's company name. */
	public static String NewProject_noLabel;
	/** Give the project a name. */
	public static String NewProject_noName;
	/** Exam option: */
	public static String NewProject_option;
	/** Starting point: */
	public static String NewProject_start;
	/** New Casebook project */
	public static String NewProject_title;
	/** Cannot open */
	public static String Open_failed;
	/** Student packages and scenarios */
	public static String Open_filterAll;
	/** Scenarios (*.orga) */
	public static String Open_filterOrga;
	/** Student packages (*.zip) */
	public static String Open_filterZip;
	/** Open a student package or a scenario */
	public static String Open_title;
	/** [teacher] */
	public static String Outline_teacherOnly;
	/** Element */
	public static String Properties_element;
	/** Put the caret in a declaration to see its properties. */
	public static String Properties_none;
	/** Property */
	public static String Properties_property;
	/** (unresolved reference) */
	public static String Properties_unresolved;
	public static String Properties_yes;
	public static String Properties_no;
	/** Value */
	public static String Properties_value;
	/** Replace “{0}” with “{1}” */
	public static String QuickFix_replace;
	/** Reserve {0} to the teacher too */
	public static String QuickFix_markTeacherOnly;
	/** Cannot open {0} */
	public static String Studio_openFailed;
	/** No organisation in this project. */
	public static String View_noOrganisation;
	/** {0}: the scenario has errors, it cannot be opened. */
	public static String Viewer_errors;
	/** {0}: cannot be shown ({1}) */
	public static String Viewer_failed;
	/** … and {0} more. */
	public static String Viewer_moreErrors;
	/** {0}: the scenario declares no organisation. */
	public static String Viewer_noOrganisation;
	/** {0}: no such file or folder */
	public static String Viewer_notFound;
	/** {0}: neither a student package (.zip) nor a scenario (.orga file or folder) */
	public static String Viewer_notScenario;
	/** PDF documents failed: {0} */
	public static String Viewer_pdfFailed;
	/** PDF documents of {0} */
	public static String Viewer_pdfJob;
	/** {0}: cannot be read */
	public static String Viewer_unreadable;
	/** Browse… */
	public static String Wizard_browse;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
