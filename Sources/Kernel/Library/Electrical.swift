extension SynapseLibrary {
    /// The electrical synapse: a gap junction passes g_gap·(v_pre − v_post) into the target and the opposite into the source, every step.
    static let electrical = """
        synapse Gap {
          param g_gap = 1 nS
          current = g_gap * (v_pre - v_post)
        }
        """
}
