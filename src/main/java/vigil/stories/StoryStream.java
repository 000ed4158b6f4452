package vigil.stories;

import java.util.Optional;

/**
 * Near-duplicate detection then story clustering, article by article: the part of the pipeline that both the
 * batch command and the live pipeline run. Pure: the caller persists what it returns.
 */
public final class StoryStream {
    /** What happened to one article: its copy link (if it is a copy) and its story. */
    public record Result(Optional<ArticleLink> link, StoryAssignment story) {}

    private final DuplicateDetector duplicates;
    private final StoryClusterer clusterer;

    public StoryStream(DuplicateDetector duplicates, StoryClusterer clusterer) {
        this.duplicates = duplicates;
        this.clusterer = clusterer;
    }

    public StoryStream() {
        this(new DuplicateDetector(), new StoryClusterer());
    }

    public Result process(StoryInput in) {
        Optional<ArticleLink> link = duplicates.add(in);
        return new Result(link, clusterer.assign(in, link.orElse(null)));
    }

    public DuplicateDetector duplicates() {
        return duplicates;
    }

    public StoryClusterer clusterer() {
        return clusterer;
    }
}
