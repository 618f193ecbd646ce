package org.factmark.review.ui;

import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factmark.claim.Rating;
import org.factmark.review.AgreementService;
import org.factmark.review.AgreementService.AgreementReport;
import org.factmark.review.AgreementService.PairAgreement;
import org.factmark.security.Role;

/** Inter-rater agreement: Krippendorff's alpha, percent agreement, Cohen's kappa per pair, confusion matrix, ratings. */
@Route("agreement")
@PageTitle("Agreement | Factmark")
// without the role: the in-app "No access" page (403), also in production mode, not a disguised 404
@AccessDeniedErrorRouter
@RolesAllowed({Role.Names.REVIEWER, Role.Names.ADMIN})
public class AgreementView extends VerticalLayout {
    private final AgreementService agreement;
    private final IntegerField minCommon = new IntegerField("Pairs need at least this many common claims");
    private final Span alpha = new Span();
    private final Span percent = new Span();
    private final Span claims = new Span();
    private final Grid<PairAgreement> pairs = new Grid<>();
    private final Image confusion = new Image();
    private final Image distribution = new Image();
    private final Paragraph noPairs = new Paragraph();

    public AgreementView(AgreementService agreement) {
        this.agreement = agreement;
        minCommon.setId("agreement-min-common");
        minCommon.setMin(1);
        minCommon.setStepButtonsVisible(true);
        minCommon.setValue(AgreementService.DEFAULT_MIN_COMMON);
        minCommon.setWidth("22rem");
        minCommon.addValueChangeListener(e -> refresh());
        alpha.setId("agreement-alpha");
        percent.setId("agreement-percent");
        claims.setId("agreement-claims");
        pairs.setId("agreement-pairs");
        pairs.addColumn(PairAgreement::a).setHeader("User A");
        pairs.addColumn(PairAgreement::b).setHeader("User B");
        pairs.addColumn(PairAgreement::n).setHeader("Common claims");
        pairs.addColumn(p -> percent(p.percentAgreement())).setHeader("Agreement");
        pairs.addColumn(p -> number(p.kappa())).setHeader("Cohen's κ");
        pairs.setAllRowsVisible(true);
        noPairs.setId("agreement-pairs-empty");
        confusion.setId("agreement-confusion");
        distribution.setId("agreement-distribution");

        Div figures = new Div();
        figures.addClassName("agreement-figures");
        figures.add(figure("Krippendorff's α (nominal)", alpha), figure("Percent agreement", percent),
                figure("Claims with two or more independent ratings", claims));
        Paragraph how = new Paragraph("A user's judgement of a claim is their first rating of it (the author's verdict, "
                + "a blind second opinion, or the rating given when reviewing); adjudications are not counted. "
                + "n/a: undefined (no data, or everyone used one and the same rating).");
        how.addClassName("muted");
        HorizontalLayout charts = new HorizontalLayout(confusion, distribution);
        charts.setWrap(true);
        add(new H2("Agreement"), how, figures, minCommon, new H3("Pairs of users"), noPairs, pairs, new H3("Charts"), charts);
        setWidthFull();
        setMaxWidth("80rem");
        refresh();
    }

    private static Div figure(String label, Span value) {
        Div d = new Div();
        d.addClassName("agreement-figure");
        Span l = new Span(label + ": ");
        value.getStyle().set("font-weight", "bold");
        d.add(l, value);
        return d;
    }

    void refresh() {
        int min = minCommon.getValue() == null ? AgreementService.DEFAULT_MIN_COMMON : minCommon.getValue();
        AgreementReport r = agreement.compute(min);
        alpha.setText(number(r.alpha()));
        percent.setText(percent(r.percentAgreement()));
        claims.setText(Integer.toString(r.claims()));
        pairs.setItems(r.pairs());
        // an empty table says why: nobody reached the threshold yet
        noPairs.setVisible(r.pairs().isEmpty());
        noPairs.setText(min > 1
                ? "No pair of users has " + min + " claims in common yet; lower the threshold (minimum common claims) to see smaller pairs."
                : "No pair of users has rated a claim in common yet.");
        List<String> labels = r.confusion().labels().stream().map(n -> Rating.valueOf(n).label()).toList();
        confusion.setSrc(SvgCharts.dataUri(SvgCharts.heatMap("Confusion matrix (pairs of ratings: " + total(r.confusion().matrix()) + ")",
                "the author's rating", "the other rater's rating", labels, r.confusion().matrix())));
        confusion.setAlt("Confusion matrix of the author's rating against the other rater's rating");
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        r.distribution().forEach((k, v) -> {
            names.add(Rating.valueOf(k).label());
            counts.add(v);
        });
        distribution.setSrc(SvgCharts.dataUri(SvgCharts.barChart("Ratings (judgements: " + r.judgements() + ")", names, counts)));
        distribution.setAlt("Distribution of ratings");
    }

    private static long total(long[][] m) {
        long t = 0;
        for (long[] row : m) for (long v : row) t += v;
        return t;
    }

    static String number(Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }

    static String percent(Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", d * 100);
    }
}
