namespace BriData;

/// <summary>How a published figure bounds the true value ("over 200", "nearly 100", "about 37.69").</summary>
public enum QuantityBound
{
    /// <summary>The figure is stated as exact.</summary>
    Exact = 1,

    /// <summary>"About", "around", "approximately": the true value is near the figure, on either side.</summary>
    About = 2,

    /// <summary>"Over", "more than": the true value is strictly above the figure.</summary>
    Over = 3,

    /// <summary>"Nearly", "almost": the true value is below the figure but close to it.</summary>
    Nearly = 4,

    /// <summary>"At least": the true value is the figure or more.</summary>
    AtLeast = 5,

    /// <summary>"At most", "up to": the true value is the figure or less.</summary>
    AtMost = 6,

    /// <summary>An indefinite plural of a unit multiple: "thousands" (value 1000), "dozens" (value 12). The true value is at least twice the figure.</summary>
    MultipleOf = 7,
}
