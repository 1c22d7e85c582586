extension SynapseLibrary {
    /// Receptor-named synapses with the kinetics and reversal potentials of Wang (2002):
    /// AMPA and GABA_A as exponential conductances, NMDA with saturating gating and the Mg²⁺ block of Jahr & Stevens (1990).
    static let receptors = """
        synapse AMPA {
          param tau_AMPA = 2 ms, E_AMPA = 0 mV
          var g = 0 nS per post
          dg/dt = -g / tau_AMPA
          on pre { g += w }
          current = g * (E_AMPA - v_post)
        }

        synapse GABA_A {
          param tau_GABA = 5 ms, E_GABA = -70 mV
          var g = 0 nS per post
          dg/dt = -g / tau_GABA
          on pre { g += w }
          current = g * (E_GABA - v_post)
        }

        # Wang's gating of one presynaptic neuron, ds/dt = -s/tau_decay + alpha*x*(1 - s) with
        # dx/dt = -x/tau_rise and x += 1 at a spike, taken at its event-time closed form: the rise
        # (tau_rise << the interval between spikes) lifts s by (1 - exp(-alpha*tau_rise))*(1 - s),
        # then s decays. s is the source's, kept once per source neuron and lifted once per spike
        # after every synapse of the spike has added w*jump; g = sum of w*s onto the target.
        synapse NMDA {
          param tau_decay = 100 ms, tau_rise = 2 ms, alpha = 500 Hz, Mg = 1 mM, E_NMDA = 0 mV
          var s = 0 per pre
          var g = 0 nS per post
          ds/dt = -s / tau_decay
          dg/dt = -g / tau_decay
          jump = (1 - exp(-alpha * tau_rise)) * (1 - s)
          on pre {
            g += w * jump
            s += jump
          }
          current = g * (E_NMDA - v_post) / (1 + Mg / (3.57 mM) * exp(-0.062 * v_post / (1 mV)))
        }
        """
}
