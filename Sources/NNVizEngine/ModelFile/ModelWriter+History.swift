extension ModelFile {
    /// A trained model as YAML (see `write(_:comments:)`), headed by a comment line that records the run:
    /// `# trained by nnviz for 2000 epochs: final cross-entropy loss 0.0927, accuracy 95.7%`.
    public static func write(_ model: Model, history: TrainingHistory) -> String {
        write(model, comments: [trainingComment(history)])
    }

    /// The one-line summary of a training run used as the written file's first comment.
    public static func trainingComment(_ history: TrainingHistory) -> String {
        var text = "trained by nnviz for \(history.epochs) epochs: final \(history.lossName) loss "
            + ModelNumber.text(history.trainLoss.last ?? .nan)
        if let accuracy = history.trainAccuracy.last { text += ", accuracy \(ModelNumber.text(100 * accuracy, decimals: 1))%" }
        return text
    }
}
