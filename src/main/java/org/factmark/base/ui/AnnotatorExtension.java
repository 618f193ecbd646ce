package org.factmark.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature that adds to the annotator (the article view) without the article view knowing it: the view asks
 * every such Spring bean for a component when it opens an article and puts it in its side column. This keeps
 * feature imports one way (claim.ui never imports the extending feature).
 */
public interface AnnotatorExtension {
    /** What the article view offers an extension. */
    interface Context {
        long articleId();

        /** The element that shows the article text (paragraphs carry data-o / data-len, see annotator.js). */
        Component articleBody();

        /** A claim was created outside the view (e.g. from a suggestion): draw it, list it and open it. */
        void claimCreated(long claimId);
    }

    /** The component to show with the claims, or null for none. */
    Component create(Context context);

    /**
     * A section of the claim panel for the open claim (shown between its sources and its verdict), or null.
     * {@code reload} shows the claim afresh after the section changed it.
     */
    default Component claimSection(long claimId, Runnable reload) {
        return null;
    }
}
