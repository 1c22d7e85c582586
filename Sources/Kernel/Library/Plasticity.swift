extension SynapseLibrary {
    /// Plastic synapses: Tsodyks–Markram short-term depression and facilitation (Tsodyks, Pawelzik & Markram 1998)
    /// and pair-based STDP with all-to-all traces and additive updates bounded to [0, wmax] (Song, Miller & Abbott 2000).
    static let plasticity = """
        # At a spike u grows by U*(1 - u), the fraction u*x of the resources x is released into an
        # exponential current, and both recover (u to 0 with tau_facil, x to 1 with tau_rec).
        # Depressing by default; a large tau_facil and a small U make it facilitating.
        synapse TsodyksMarkram {
          param U = 0.5, tau_rec = 800 ms, tau_facil = 1 ms, tau_syn = 3 ms
          var u = 0 per synapse
          var x = 1 per synapse
          var I = 0 nA per post
          du/dt = -u / tau_facil
          dx/dt = (1 - x) / tau_rec
          dI/dt = -I / tau_syn
          on pre {
            u += U * (1 - u)
            I += w * u * x
            x -= u * x
          }
          current = I
        }

        # A pre spike before a post spike by dt adds A_plus*exp(-dt/tau_plus) to w, a post spike
        # before a pre spike subtracts A_minus*exp(-dt/tau_minus); w stays within [0, wmax].
        synapse STDP {
          param tau_plus = 20 ms, tau_minus = 20 ms, A_plus = 0.01 nS, A_minus = 0.0105 nS, wmax = 1 nS
          param tau_syn = 5 ms, E_syn = 0 mV
          var apre = 0 nS per synapse
          var apost = 0 nS per synapse
          var g = 0 nS per post
          dapre/dt = -apre / tau_plus
          dapost/dt = -apost / tau_minus
          dg/dt = -g / tau_syn
          on pre {
            g += w
            apre += A_plus
            w = clip(w - apost, 0 nS, wmax)
          }
          on post {
            apost += A_minus
            w = clip(w + apre, 0 nS, wmax)
          }
          current = g * (E_syn - v_post)
        }
        """
}
