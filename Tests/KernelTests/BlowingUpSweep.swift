/// A sweep whose second member goes non-finite: dx/dt = k x² / 1 ms from x = 1 blows up at t = 1 ms / k, so with
/// euler's steps of 0.1 ms the member with k = 1000 stops at 0.8 ms (step 8) and the others run on.
enum BlowingUpSweep {
    static let definition = """
        neuron Blow {
          param k = 1
          var x = 1
          dx/dt = k * x * x / (1 ms)
        }
        network G(k = 1) {
          population P = Blow(3, k = k)
        }

        """
    static let sweep = "sweep W = G(k in [0.001, 1000, 0.002])\n"
    static let runLine = "run 100 ms dt = 0.1 ms method = euler jit = tcc\n"
}
