package org.xuncha.round.pool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Registering a cadre with their postings and relatives in one go, as an import or a form does. */
@ApplicationScoped
public class CadreEnrolment {

    private final Cadres cadres;

    public CadreEnrolment(Cadres cadres) {
        this.cadres = cadres;
    }

    @Transactional
    public Cadre enrol(CadreProfile profile, List<Posting> postings, List<Relative> relatives) {
        Cadre cadre = cadres.register(profile);
        postings.forEach(posting -> cadres.addPosting(cadre.id(), posting));
        relatives.forEach(relative -> cadres.declareRelative(cadre.id(), relative));
        return cadre;
    }
}
