extension ChannelLibrary {
    /// Calcium currents, I = g_max·p²·q·(V − E_Ca): E_Ca is the neuron's, a parameter or Nernst's
    /// potential of its calcium pool. T is the temperature in °C; the rates scale as Q10^((T − 24)/10).
    static let calcium = """
        # Huguenard & McCormick (1992), J. Neurophysiol. 68:1373: the low-threshold (T-type) current
        # of thalamic relay cells, measured at 24 °C (Q10 3.55 for activation, 3 for inactivation).
        channel ICaT_HM1992 {
          ion Ca
          param g_max = 2 mS/cm^2, V_sh = -3 mV, T = 36, phi_p = 3.55^((T - 24) / 10), phi_q = 3^((T - 24) / 10)
          p_inf = 1 / (1 + exp(-(V - V_sh + 59 mV) / (6.2 mV)))
          tau_p = (1 / (exp(-(V - V_sh + 132 mV) / (16.7 mV)) + exp((V - V_sh + 16.8 mV) / (18.2 mV))) + 0.612) * ms / phi_p
          q_inf = 1 / (1 + exp((V - V_sh + 83 mV) / (4 mV)))
          below = heaviside((V_sh - 80 mV - V) / mV)
          tau_q = (below * exp((V - V_sh + 467 mV) / (66.6 mV)) + (1 - below) * (exp(-(V - V_sh + 22 mV) / (10.5 mV)) + 28)) * ms / phi_q
          var p = p_inf, q = q_inf
          dp/dt = (p_inf - p) / tau_p
          dq/dt = (q_inf - q) / tau_q
          current = g_max*p^2*q*(V - E_Ca)
        }

        # Huguenard & Prince (1992), J. Neurosci. 12:3804: the T-type current of thalamic reticular
        # cells, measured at 24 °C (Q10 5 for activation, 3 for inactivation).
        channel ICaT_HP1992 {
          ion Ca
          param g_max = 1.75 mS/cm^2, V_sh = -3 mV, T = 36, phi_p = 5^((T - 24) / 10), phi_q = 3^((T - 24) / 10)
          p_inf = 1 / (1 + exp(-(V - V_sh + 52 mV) / (7.4 mV)))
          tau_p = (3 + 1 / (exp((V - V_sh + 27 mV) / (10 mV)) + exp(-(V - V_sh + 102 mV) / (15 mV)))) * ms / phi_p
          q_inf = 1 / (1 + exp((V - V_sh + 80 mV) / (5 mV)))
          tau_q = (85 + 1 / (exp((V - V_sh + 48 mV) / (4 mV)) + exp(-(V - V_sh + 407 mV) / (50 mV)))) * ms / phi_q
          var p = p_inf, q = q_inf
          dp/dt = (p_inf - p) / tau_p
          dq/dt = (q_inf - q) / tau_q
          current = g_max*p^2*q*(V - E_Ca)
        }

        # Huguenard & McCormick (1992): the high-threshold current, the T-type kinetics shifted by V_sh = 25 mV.
        channel ICaHT_HM1992 {
          ion Ca
          param g_max = 2 mS/cm^2, V_sh = 25 mV, T = 36, phi_p = 3.55^((T - 24) / 10), phi_q = 3^((T - 24) / 10)
          p_inf = 1 / (1 + exp(-(V - V_sh + 59 mV) / (6.2 mV)))
          tau_p = (1 / (exp(-(V - V_sh + 132 mV) / (16.7 mV)) + exp((V - V_sh + 16.8 mV) / (18.2 mV))) + 0.612) * ms / phi_p
          q_inf = 1 / (1 + exp((V - V_sh + 83 mV) / (4 mV)))
          below = heaviside((V_sh - 80 mV - V) / mV)
          tau_q = (below * exp((V - V_sh + 467 mV) / (66.6 mV)) + (1 - below) * (exp(-(V - V_sh + 22 mV) / (10.5 mV)) + 28)) * ms / phi_q
          var p = p_inf, q = q_inf
          dp/dt = (p_inf - p) / tau_p
          dq/dt = (q_inf - q) / tau_q
          current = g_max*p^2*q*(V - E_Ca)
        }

        # Inoue & Strowbridge (2008), J. Neurophysiol. 99:187: the L-type current of olfactory bulb interneurons.
        channel ICaL_IS2008 {
          ion Ca
          param g_max = 1 mS/cm^2, V_sh = 0 mV, T = 36, phi_p = 3.55^((T - 24) / 10), phi_q = 3^((T - 24) / 10)
          p_inf = 1 / (1 + exp(-(V - V_sh + 10 mV) / (4 mV)))
          tau_p = (0.4 + 0.7 / (exp(-(V - V_sh + 5 mV) / (15 mV)) + exp((V - V_sh + 5 mV) / (15 mV)))) * ms / phi_p
          q_inf = 1 / (1 + exp((V - V_sh + 25 mV) / (2 mV)))
          tau_q = (300 + 100 / (exp((V - V_sh + 40 mV) / (9.5 mV)) + exp(-(V - V_sh + 40 mV) / (9.5 mV)))) * ms / phi_q
          var p = p_inf, q = q_inf
          dp/dt = (p_inf - p) / tau_p
          dq/dt = (q_inf - q) / tau_q
          current = g_max*p^2*q*(V - E_Ca)
        }
        """

    /// Leaks, the h-currents, and the currents gated by calcium: CAN and the calcium-activated potassium current.
    static let mixed = """
        # The leak, I = g_max·(V − E).
        channel IL {
          param g_max = 0.1 mS/cm^2, E = -70 mV
          current = g_max*(V - E)
        }

        # Huguenard & McCormick (1992), J. Neurophysiol. 68:1373: the hyperpolarisation-activated cation current
        # of thalamic relay cells, I = g_max·p·(V − E); E = -43 mV as the paper has it, g_max BrainPy's.
        channel Ih_HM1992 {
          param g_max = 10 mS/cm^2, E = -43 mV, phi = 1
          p_inf = 1 / (1 + exp((V + 75 mV) / (5.5 mV)))
          tau_p = ms / (exp(-0.086 * V / mV - 14.59) + exp(0.0701 * V / mV - 1.87))
          var p = p_inf
          dp/dt = phi * (p_inf - p) / tau_p
          current = g_max*p*(V - E)
        }

        # Destexhe, Bal, McCormick & Sejnowski (1996), J. Neurophysiol. 76:2049: the h-current of thalamic cells
        # upregulated by calcium: channels open (O) and close with V; calcium bound to a regulating factor (P1, four
        # sites, half-activation Ca_half) locks open channels (OL) at g_inc times the conductance.
        channel Ih_De1996 {
          param g_max = 0.02 mS/cm^2, E = -40 mV, V_sh = 0 mV, T = 36, phi = 3^((T - 24) / 10)
          param k2 = 0.0004 / ms, Ca_half = 0.002 mM, k4 = 0.001 / ms, g_inc = 2
          k1 = k2 / (Ca_half / mM)^4
          k3 = k4 / 0.01
          m_inf = 1 / (1 + exp((V - V_sh + 75 mV) / (5.5 mV)))
          tau_m = (20 + 1000 / (exp((V - V_sh + 71.5 mV) / (14.2 mV)) + exp(-(V - V_sh + 89 mV) / (11.6 mV)))) * ms / phi
          alpha = m_inf / tau_m
          beta = (1 - m_inf) / tau_m
          var P1 = k1 * (Ca / mM)^4 / (k1 * (Ca / mM)^4 + k2)
          var O = alpha / (alpha + alpha * k3 * P1 / k4 + beta)
          var OL = k3 * P1 * O / k4
          dO/dt = alpha * (1 - O - OL) - beta * O
          dOL/dt = k3 * P1 * O - k4 * OL
          dP1/dt = k1 * (Ca / mM)^4 * (1 - P1) - k2 * P1
          current = g_max*(O + g_inc*OL)*(V - E)
        }

        # Inoue & Strowbridge (2008), J. Neurophysiol. 99:187: the calcium-activated non-selective cation current
        # (CAN), voltage-gated (p) and scaled by the neuron's intracellular calcium, M = Ca/(Ca + K_Ca):
        # I = g_max·M·p·(V − E), dp/dt = phi·(p_inf − p)/tau_p.
        channel ICaN_IS2008 {
          param g_max = 1 mS/cm^2, E = 10 mV, K_Ca = 0.2 mM, phi = 1
          p_inf = 1 / (1 + exp(-(V + 43 mV) / (5.2 mV)))
          tau_p = (2.7 / (exp(-(V + 55 mV) / (15 mV)) + exp((V + 55 mV) / (15 mV))) + 1.6) * ms
          M = Ca / (Ca + K_Ca)
          var p = p_inf
          dp/dt = phi * (p_inf - p) / tau_p
          current = g_max*M*p*(V - E)
        }

        # McCormick & Huguenard (1992), J. Neurophysiol. 68:1384: the potassium leak of thalamic relay cells
        # (the conductance acetylcholine and norepinephrine modulate), I = g_max·(V − E).
        channel IKL {
          ion K
          param g_max = 0.005 mS/cm^2, E = -90 mV
          current = g_max*(V - E)
        }

        # Destexhe, Contreras, Sejnowski & Steriade (1994), J. Neurophysiol. 72:803: the calcium-activated
        # potassium (afterhyperpolarisation) current, gated by the neuron's intracellular calcium Ca,
        # dp/dt = phi·(alpha·[Ca]²·(1 − p) − beta·p), I = g_max·p·(V − E).
        channel IAHP_De1994 {
          ion K
          param g_max = 10 mS/cm^2, E = -95 mV, alpha = 48 / ms, beta = 0.09 / ms, phi = 1
          bound = alpha * (Ca / mM)^2
          var p = bound / (bound + beta)
          dp/dt = phi * (bound * (1 - p) - beta * p)
          current = g_max*p*(V - E)
        }
        """
}
