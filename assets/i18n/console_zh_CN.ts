<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../console/window.py" line="162"/>
        <source>Reception console</source>
        <translation>前台接待台</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="165"/>
        <source>Reception console · %1</source>
        <translation>前台接待台 · %1</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="166"/>
        <source>Today&apos;s visits</source>
        <translation>今日访客</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="167"/>
        <source>Check out</source>
        <translation>签出</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="168"/>
        <source>Reprint badge</source>
        <translation>补打访客证</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="170"/>
        <source>This desk has no printer configured.</source>
        <translation>本前台未配置打印机。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="173"/>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="206"/>
        <source>A badge needs your attention: see the list below.</source>
        <translation>有访客证需要处理，请查看下方列表。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="215"/>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="228"/>
        <source>A new badge for %1 is being printed at this desk.</source>
        <translation>正在本前台为 %1 补打访客证。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="261"/>
        <source>%1 (%2) is checked out.</source>
        <translation>%1（%2）已签出。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="285"/>
        <source>Today: %1 · On site: %2</source>
        <translation>今日：%1 · 在场：%2</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../console/views/print_panel.py" line="15"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="16"/>
        <source>Printed? Please check</source>
        <translation>是否已打印？请核实</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="19"/>
        <location filename="../../console/views/print_panel.py" line="31"/>
        <source>paper running low</source>
        <translation>纸张即将用完</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="20"/>
        <location filename="../../console/views/print_panel.py" line="30"/>
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="21"/>
        <source>not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="25"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="26"/>
        <source>needs a look</source>
        <translation>需要检查</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="32"/>
        <source>printer cover open</source>
        <translation>打印机盖未关</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="33"/>
        <source>printer error</source>
        <translation>打印机故障</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="34"/>
        <source>printer offline</source>
        <translation>打印机离线</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="37"/>
        <source>printing was interrupted; the badge may be partly printed</source>
        <translation>打印中断，访客证可能只打印了一部分</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="38"/>
        <source>the printer cannot be reached</source>
        <translation>无法连接打印机</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="39"/>
        <source>the station stopped while printing; the badge may or may not have printed</source>
        <translation>打印时终端停止运行，访客证可能已打印，也可能未打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="110"/>
        <source>Badges that need attention</source>
        <translation>需要处理的访客证</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="111"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="112"/>
        <source>Print at this desk</source>
        <translation>在本前台打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="113"/>
        <source>It printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="114"/>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../console/views/visits_model.py" line="20"/>
        <source>Host unknown: please find</source>
        <translation>被访人未知，请查找</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="23"/>
        <source>Visit no.</source>
        <translation>来访编号</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="24"/>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="25"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="26"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="27"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="28"/>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="29"/>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="187"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
</TS>
