extension SynapseLibrary {
    /// Postsynaptic kinetics: exponential (current- and conductance-based), dual exponential and alpha.
    /// The two-state forms put the peak of one spike's conductance at exactly w.
    static let kinetics = """
        # Exponential current: I jumps by w at a spike and decays with tau_syn.
        synapse ExpCurr {
          param tau_syn = 5 ms
          var I = 0 nA per post
          dI/dt = -I / tau_syn
          on pre { I += w }
          current = I
        }

        # Exponential conductance with reversal potential E_syn.
        synapse ExpCond {
          param tau_syn = 5 ms, E_syn = 0 mV
          var g = 0 nS per post
          dg/dt = -g / tau_syn
          on pre { g += w }
          current = g * (E_syn - v_post)
        }

        # Dual exponential conductance: g ∝ exp(-t/tau_decay) - exp(-t/tau_rise), peak w at
        # t_peak = tau_rise*tau_decay/(tau_decay - tau_rise)*ln(tau_decay/tau_rise).
        synapse DualExp {
          param tau_rise = 1 ms, tau_decay = 5 ms, E_syn = 0 mV
          var g = 0 nS per post
          var h = 0 nS/ms per post
          t_peak = tau_rise * tau_decay / (tau_decay - tau_rise) * log(tau_decay / tau_rise)
          peak = exp(-t_peak / tau_decay) - exp(-t_peak / tau_rise)
          dg/dt = h - g / tau_decay
          dh/dt = -h / tau_rise
          on pre { h += w * (tau_decay - tau_rise) / (tau_rise * tau_decay * peak) }
          current = g * (E_syn - v_post)
        }

        # Alpha conductance: g = w*(t/tau_syn)*exp(1 - t/tau_syn), peak w at tau_syn.
        synapse Alpha {
          param tau_syn = 5 ms, E_syn = 0 mV
          var g = 0 nS per post
          var h = 0 nS/ms per post
          dg/dt = h - g / tau_syn
          dh/dt = -h / tau_syn
          on pre { h += w * exp(1) / tau_syn }
          current = g * (E_syn - v_post)
        }
        """
}
